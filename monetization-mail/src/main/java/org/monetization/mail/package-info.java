/**
 * The email notification channel (CFG-8): each notification as one plain-text message over SMTP, through
 * Eclipse Angus Mail, the Jakarta Mail implementation. A module of its own so that hosts without email do
 * not carry the mail libraries.
 */
@NullMarked
package org.monetization.mail;

import org.jspecify.annotations.NullMarked;
