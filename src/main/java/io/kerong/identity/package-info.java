/**
 * Identity and access (身份与权限): organizations of every type, their users and roles, log-in, enterprise
 * self-registration with operator approval, and per-organization API tokens.
 */
package io.kerong.identity;
