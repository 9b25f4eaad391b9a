package io.kerong.enterprise;

/** Class of intellectual property in the Tech-SME evaluation (知识产权类别): Ⅰ类 or Ⅱ类. */
public enum IpClass {
    /** Ⅰ类知识产权. */
    CLASS_I,
    /** Ⅱ类知识产权. */
    CLASS_II
}
