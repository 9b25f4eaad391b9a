/**
 * Small shared kernel: value types every module speaks (unified social credit code, administrative divisions),
 * the platform's clock, message bundles, the embedded database and the API's error shape.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.kerong.shared;
