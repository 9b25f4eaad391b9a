package io.kerong.rating.internal.push;

import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationDirectory;
import io.kerong.rating.CreditIntent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns intent rows into {@link CreditIntent}s named with the enterprise and the bank. */
@Component
class IntentViews {

    private final EnterprisePlaces places;
    private final OrganizationDirectory organizations;

    IntentViews(EnterprisePlaces places, OrganizationDirectory organizations) {
        this.places = places;
        this.organizations = organizations;
    }

    List<CreditIntent> of(List<IntentRow> rows) {
        var enterprises = places.of(rows.stream().map(IntentRow::enterpriseId).toList());
        Map<Long, String> banks = new HashMap<>();
        return rows.stream().map(r -> view(r,
                enterprises.containsKey(r.enterpriseId()) ? enterprises.get(r.enterpriseId()).name() : "",
                banks.computeIfAbsent(r.bankId(), id -> organizations.find(id).map(Organization::name).orElse(""))))
                .toList();
    }

    CreditIntent of(IntentRow row) {
        return of(List.of(row)).getFirst();
    }

    static CreditIntent view(IntentRow r, String enterpriseName, String bankName) {
        return new CreditIntent(r.id(), r.enterpriseId(), enterpriseName, r.bankId(), bankName, r.amount(), r.note(),
                r.createdAt(), r.createdBy(), r.updatedAt(), r.updatedBy(), r.withdrawnAt());
    }
}
