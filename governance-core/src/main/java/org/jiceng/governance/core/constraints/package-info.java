/**
 * Jakarta Validation constraints for the Chinese codes, usable on the caller's own beans. Their
 * messages come from {@code ContributorValidationMessages} (zh-CN and en), so they never collide
 * with an application's own {@code ValidationMessages}.
 */
package org.jiceng.governance.core.constraints;
