/**
 * Demo data (演示数据): a seeded generator of realistic tech SMEs for demos and benchmarks, and the loader that fills
 * an empty database on first start with organizations, enterprises and one demo account for every role.
 */
package io.kerong.demo;
