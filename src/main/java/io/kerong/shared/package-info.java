/**
 * Small shared kernel: value types every module speaks (unified social credit code, administrative divisions),
 * eligibility rules (资格规则: {@link io.kerong.shared.Rules}),
 * the platform's clock, message bundles, the embedded database and the API's error shape.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.kerong.shared;
