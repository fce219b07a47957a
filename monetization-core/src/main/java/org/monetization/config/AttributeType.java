package org.monetization.config;

/** The type of a custom attribute's value (CFG-2). */
public enum AttributeType {
  /** Free text. */
  STRING,
  /** An exact decimal number. */
  NUMBER,
  /** True or false. */
  BOOLEAN,
  /** An instant in time. */
  DATE_TIME,
  /** One of the definition's allowed values. */
  ENUM
}
