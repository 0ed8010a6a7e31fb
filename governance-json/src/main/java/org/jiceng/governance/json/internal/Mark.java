package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * A remembered position, for problems found after the cursor has moved on. The JSON Pointer is
 * kept as the path's steps and spelled out only when a problem or finding needs it: most marks
 * are never looked at.
 */
public final class Mark {
  final int line;
  final int column;
  private final Object[] steps;
  private String pointer;

  Mark(int line, int column, Object[] steps) {
    this.line = line;
    this.column = column;
    this.steps = steps;
  }

  String pointer() {
    String p = pointer;
    if (p == null) {
      StringBuilder b = new StringBuilder();
      for (Object step : steps) {
        b.append('/');
        if (step instanceof String) {
          String name = (String) step;
          b.append(name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1"));
        } else {
          b.append(step);
        }
      }
      p = b.toString();
      pointer = p;
    }
    return p;
  }

  /**
   * Returns the mark as a location for findings.
   *
   * @return the location
   */
  public org.jiceng.governance.rules.compliance.Location toLocation() {
    return org.jiceng.governance.rules.compliance.Location.of(pointer(), line, column);
  }

  /**
   * The parser's current path as steps (field names and indexes), root first.
   *
   * @param parser the parser
   * @return the steps
   */
  static Object[] steps(JsonParser parser) {
    JsonStreamContext ctx = parser.getParsingContext();
    // As JsonPointer.forPath: a '{' or '[' just opened has no step of its own yet.
    if (ctx != null && !ctx.hasPathSegment()) {
      ctx = ctx.getParent();
    }
    int depth = 0;
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      depth++;
    }
    Object[] steps = new Object[depth];
    int i = depth;
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      String name = c.getCurrentName();
      steps[--i] = c.inArray() ? (Object) Integer.valueOf(c.getCurrentIndex()) : name == null ? "" : name;
    }
    return steps;
  }
}
