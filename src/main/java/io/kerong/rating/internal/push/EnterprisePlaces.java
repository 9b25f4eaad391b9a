package io.kerong.rating.internal.push;

import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseDirectory;
import io.kerong.enterprise.IndustrySection;
import io.kerong.shared.AdministrativeDivisions;
import io.kerong.shared.Division;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names enterprises and places them in their prefecture-level city (地市) for the push lists and the funnel. */
@Component
class EnterprisePlaces {

    private final EnterpriseDirectory directory;
    private final AdministrativeDivisions divisions;

    EnterprisePlaces(EnterpriseDirectory directory, AdministrativeDivisions divisions) {
        this.directory = directory;
        this.divisions = divisions;
    }

    /** An enterprise's name, credit code, city (code and name), industry and platform organization (null if none). */
    record Place(long enterpriseId, String name, String uscc, String cityCode, String cityName,
                 IndustrySection industry, Long organizationId) {
    }

    Map<Long, Place> of(Collection<Long> enterpriseIds) {
        Map<Long, Place> places = new HashMap<>();
        directory.byIds(enterpriseIds).forEach((id, e) -> places.put(id, place(e)));
        return places;
    }

    Optional<Place> of(long enterpriseId) {
        return Optional.ofNullable(of(java.util.List.of(enterpriseId)).get(enterpriseId));
    }

    /** The registry id of the caller's own enterprise, if its organization is linked to one. */
    Optional<Long> enterpriseOf(long organizationId) {
        return directory.ofOrganization(organizationId).map(Enterprise::id);
    }

    private Place place(Enterprise e) {
        String division = e.profile().divisionCode();
        String city = cityCode(division);
        return new Place(e.id(), e.name(), e.uscc(), city, cityName(city, division), e.profile().industrySection(),
                e.organizationId());
    }

    /** The prefecture-level code of a county code: 370112 → 370100. */
    static String cityCode(String divisionCode) {
        return divisionCode == null || divisionCode.length() < 4 ? divisionCode : divisionCode.substring(0, 4) + "00";
    }

    /** 济南市; for the districts of a municipality (市辖区) or where no city exists, the province: 天津市. */
    private String cityName(String cityCode, String divisionCode) {
        Optional<Division> city = divisions.find(cityCode).filter(d -> d.level() == Division.Level.CITY);
        if (city.isPresent() && !city.get().name().equals("市辖区") && !city.get().name().equals("县")) {
            return city.get().name();
        }
        return divisions.find(divisionCode).map(Division::province).orElse(divisionCode);
    }
}
