package org.monetization.onboarding;

/**
 * The optional hierarchy section of onboarding (CUS-5): join an existing hierarchy group, found beforehand
 * by searching the owner's full name.
 *
 * @param groupId the id of the hierarchy group to join
 */
public record HierarchySection(long groupId) {}
