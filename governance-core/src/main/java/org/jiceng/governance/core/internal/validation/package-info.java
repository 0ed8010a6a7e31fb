/** Constraint validators behind {@link org.jiceng.governance.core.constraints}; not API. */
package org.jiceng.governance.core.internal.validation;
