/** Web conventions shared by every module: the API's RFC 9457 problem shape and message rendering. */
@org.springframework.modulith.NamedInterface("web")
package io.kerong.shared.web;
