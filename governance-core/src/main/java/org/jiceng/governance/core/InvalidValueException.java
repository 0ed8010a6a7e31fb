package org.jiceng.governance.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.core.internal.Texts;

/**
 * A value of the model refused by its structural check ({@code @Value.Check}): a blank id or
 * name, a negative count, a care tag on a grid. It names the value type and id, and says what is
 * wrong as a machine-readable {@link Problem} with its arguments; {@link #getMessage(Locale)}
 * puts it into Chinese or English, {@link #getMessage()} is English.
 *
 * <p>An {@link IllegalArgumentException}, as a builder's refusal always was: the caller passed a
 * value that cannot exist. Readers of files catch it and report it, in their language, at the
 * place in the file that held the value.
 *
 * @since 0.2
 */
public final class InvalidValueException extends IllegalArgumentException implements Localizable {
  private static final long serialVersionUID = 1L;

  /**
   * What is wrong with a value. Its text is the key {@code value.NAME} of the core's bundle, with
   * the arguments listed here; an enum argument is shown by its display name.
   */
  public enum Problem {
    /** The id is blank. */
    BLANK_ID(0),
    /** The name is blank. */
    BLANK_NAME(0),
    /** A count is negative; arguments: the field, the value. */
    NEGATIVE(2),
    /** A count that must be above 0 is not; arguments: the field, the value. */
    NOT_POSITIVE(2),
    /** More urban permanent residents than permanent residents; arguments: the two counts. */
    URBAN_EXCEEDS_PERMANENT(2),
    /** Care tags on an area that is not a household; argument: the level. */
    CARE_TAGS_NOT_ON_HOUSEHOLD(1),
    /** Grid matters on an area that is not a grid or micro-grid; argument: the level. */
    MATTERS_NOT_ON_GRID(1),
    /** The value names itself as its parent. */
    OWN_PARENT(0),
    /** A floor area that is negative, infinite or not a number; argument: the value. */
    FLOOR_AREA(1),
    /** Party members outside 0..members; arguments: party members, members. */
    PARTY_MEMBERS(2),
    /** Negative member counts; arguments: full members, probationary members. */
    MEMBER_COUNTS(2),
    /** Joint areas on a party organization that is not a joint branch; argument: the kind. */
    JOINT_AREAS_KIND(1),
    /** Joint areas on a joint branch without the area it is built on. */
    JOINT_AREAS_NO_AREA(0),
    /** A birth year outside 1900..2100; argument: the year. */
    BIRTH_YEAR(1),
    /** A building head's duty on another role; argument: the role. */
    DUTY_ROLE(1);

    private final int arguments;

    Problem(int arguments) {
      this.arguments = arguments;
    }

    /**
     * Returns how many arguments the problem's text takes.
     *
     * @return the count
     */
    public int getArgumentCount() {
      return arguments;
    }
  }

  private final String valueType;
  private final String valueId;
  private final Problem problem;
  private final ImmutableList<Serializable> arguments;

  /**
   * Creates the exception.
   *
   * @param valueType the simple name of the value type ({@code Area}, {@code GridWorker}), not
   *     null
   * @param valueId the id of the value, not null; blank when the id is what is wrong
   * @param problem what is wrong, not null
   * @param arguments the problem's arguments (numbers, field names, enum constants), as many as
   *     {@link Problem#getArgumentCount()}
   * @throws IllegalArgumentException if the number of arguments is wrong
   */
  public InvalidValueException(String valueType, String valueId, Problem problem, Serializable... arguments) {
    super(render(valueType, valueId, problem, List.of(arguments), Locale.ENGLISH));
    this.valueType = valueType;
    this.valueId = valueId;
    this.problem = problem;
    this.arguments = ImmutableList.copyOf(arguments);
  }

  private static String render(String type, String id, Problem problem, List<Serializable> args, Locale locale) {
    requireNonNull(type, "valueType");
    requireNonNull(id, "valueId");
    if (args.size() != requireNonNull(problem, "problem").arguments) {
      throw new IllegalArgumentException(problem + " takes " + problem.arguments + " arguments, found " + args.size());
    }
    String typeName = Texts.nameOr(locale, "type." + type, type);
    String subject = id.isBlank() ? typeName : Texts.render(locale, "value.subject", List.of(typeName, id));
    return Texts.render(locale, "value.message", List.of(subject, Texts.render(locale, "value." + problem.name(), args)));
  }

  /**
   * Returns the simple name of the value type that refused the value.
   *
   * @return the name, such as {@code Area}
   */
  public String getValueType() {
    return valueType;
  }

  /**
   * Returns the id of the refused value.
   *
   * @return the id, blank when the id is what is wrong
   */
  public String getValueId() {
    return valueId;
  }

  /**
   * Returns what is wrong, for a program.
   *
   * @return the problem
   */
  public Problem getProblem() {
    return problem;
  }

  /**
   * Returns the problem's arguments.
   *
   * @return the arguments, as many as {@link Problem#getArgumentCount()}
   */
  public ImmutableList<Serializable> getArguments() {
    return arguments;
  }

  /**
   * Returns the message in a language, e.g. {@code 区域“g1”：“households”应不小于0，实际为-1}.
   *
   * @param locale the language, not null
   * @return the message, personal data masked
   */
  @Override
  public String getMessage(Locale locale) {
    return render(valueType, valueId, problem, arguments, requireNonNull(locale, "locale"));
  }
}
