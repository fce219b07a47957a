package org.monetization.subscription.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.monetization.catalog.Coupon;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.Voucher;
import org.monetization.error.FieldErrors;
import org.monetization.time.Validity;

/**
 * The promotion codes of one command, resolved against the catalog and checked: known, valid at the
 * command's instant, and not used up (counting repeats within the command).
 */
record Promotions(List<Coupon> coupons, List<Voucher> vouchers) {

  static Promotions resolve(
      List<String> codes,
      ProductCatalog catalog,
      Instant at,
      String prefix,
      FieldErrors errors,
      ToIntFunction<String> redemptions,
      boolean vouchersOnly) {
    List<Coupon> coupons = new ArrayList<>();
    List<Voucher> vouchers = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      String field = prefix + "[" + i + "]";
      String code = codes.get(i);
      if (!errors.requireText(field, code)) {
        continue;
      }
      Coupon coupon = vouchersOnly ? null : catalog.coupon(code).orElse(null);
      Voucher voucher = catalog.voucher(code).orElse(null);
      if (coupon == null && voucher == null) {
        errors.add(field, vouchersOnly ? "unknown voucher '" + code + "'" : "unknown promotion code '" + code + "'");
        continue;
      }
      Validity validity = coupon != null ? coupon.validity() : voucher.validity();
      int limit = coupon != null ? coupon.usageLimit() : voucher.usageLimit();
      int uses = seen.merge(code, 1, Integer::sum);
      if (validity != null && !validity.contains(at)) {
        errors.add(field, "'" + code + "' is expired or not yet valid");
      } else if (redemptions.applyAsInt(code) + uses > limit) {
        errors.add(field, "'" + code + "' is used up");
      } else if (coupon != null) {
        coupons.add(coupon);
      } else {
        vouchers.add(voucher);
      }
    }
    return new Promotions(coupons, vouchers);
  }

  List<String> couponCodes() {
    return coupons.stream().map(Coupon::code).toList();
  }

  List<String> allCodes() {
    List<String> all = new ArrayList<>(couponCodes());
    vouchers.forEach(v -> all.add(v.code()));
    return all;
  }
}
