/**
 * The rating chapter of the demo (SPEC sections BAL-2 to BAL-7): the resources the tariffs use, a prepaid
 * subscriber with a top-up, this cycle's free data, a file of a few thousand call detail records rated in
 * batches with its rejections and replays, the balances and notifications that result, and the usage events
 * listed and exported. {@link org.monetization.examples.demo.rating.RatingChapter} lists its steps.
 */
@NullMarked
package org.monetization.examples.demo.rating;

import org.jspecify.annotations.NullMarked;
