package org.monetization.balance;

/** Whether a manually created balance gives the customer something or charges them (BAL-5). */
public enum BalanceDirection {
  /** The customer receives the amount: the balance is created negative (available). */
  CREDIT,
  /** The customer is charged the amount: the balance is created positive (owed). */
  DEBIT
}
