package org.monetization.onboarding;

/**
 * The optional sharing section of onboarding (CUS-5): join an existing sharing group, found beforehand by
 * searching the owner's full name.
 *
 * @param groupId the id of the sharing group to join
 */
public record SharingSection(long groupId) {}
