package io.kerong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Kerong (科融): a sci-tech finance service platform for a science and technology bureau. */
@SpringBootApplication
public class KerongApplication {

    public static void main(String[] args) {
        SpringApplication.run(KerongApplication.class, args);
    }
}
