package org.monetization.subscription;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.monetization.time.Validity;

/**
 * Edits a provisioned service (SUB-7); absent parts stay as they are. Immutable.
 *
 * @param validity the new validity
 * @param status the new status: ACTIVE or INACTIVE (cancel the product or subscription to cancel it)
 * @param devices the new devices
 * @param eventGenerators the new event generators
 */
public record ServiceChange(
    @Nullable Validity validity,
    @Nullable ServiceStatus status,
    @Nullable List<String> devices,
    @Nullable List<String> eventGenerators) {}
