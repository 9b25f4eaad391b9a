/**
 * Enterprise evaluations: the tech-SME evaluation (科技型中小企业评价, 国科发政〔2017〕115号)
 * and the quantitative pre-check for high-tech enterprises (高新技术企业认定, 国科发火〔2016〕32号).
 */
@org.springframework.modulith.NamedInterface("evaluation")
package io.kerong.enterprise.evaluation;
