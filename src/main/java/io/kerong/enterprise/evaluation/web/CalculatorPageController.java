package io.kerong.enterprise.evaluation.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public self-check page (评价自测): anyone can try the tech-SME rules before registering. The page calls the
 * public calculator API, so page and API can never disagree.
 */
@Controller
class CalculatorPageController {

    @GetMapping("/evaluation/calculator")
    String calculator() {
        return "evaluation/calculator";
    }
}
