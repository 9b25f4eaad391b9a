package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.HighTechField;
import io.kerong.enterprise.IndustrySection;

/** The basic-information form, as typed. */
public class ProfileForm {

    private String name = "";
    private String legalRepresentative = "";
    private String foundedOn = "";
    private String divisionCode = "";
    private String industrySection = "";
    private String highTechField = "";
    private String employees = "";
    private String techStaff = "";
    private String contactName = "";
    private String contactPhone = "";
    private String contactEmail = "";

    static ProfileForm of(EnterpriseProfile p) {
        ProfileForm f = new ProfileForm();
        f.name = FormInput.text(p.name());
        f.legalRepresentative = FormInput.text(p.legalRepresentative());
        f.foundedOn = FormInput.text(p.foundedOn());
        f.divisionCode = FormInput.text(p.divisionCode());
        f.industrySection = p.industrySection() == null ? "" : p.industrySection().name();
        f.highTechField = p.highTechField() == null ? "" : p.highTechField().name();
        f.employees = FormInput.text(p.employees());
        f.techStaff = FormInput.text(p.techStaff());
        f.contactName = FormInput.text(p.contactName());
        f.contactPhone = FormInput.text(p.contactPhone());
        f.contactEmail = FormInput.text(p.contactEmail());
        return f;
    }

    EnterpriseProfile read(FormInput in) {
        return new EnterpriseProfile(name, legalRepresentative, in.date("foundedOn", foundedOn), divisionCode,
                in.choice(IndustrySection.class, "industrySection", industrySection),
                in.choice(HighTechField.class, "highTechField", highTechField), in.count("employees", employees),
                in.count("techStaff", techStaff), contactName, contactPhone, contactEmail);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String v) { this.legalRepresentative = v; }
    public String getFoundedOn() { return foundedOn; }
    public void setFoundedOn(String foundedOn) { this.foundedOn = foundedOn; }
    public String getDivisionCode() { return divisionCode; }
    public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
    public String getIndustrySection() { return industrySection; }
    public void setIndustrySection(String industrySection) { this.industrySection = industrySection; }
    public String getHighTechField() { return highTechField; }
    public void setHighTechField(String highTechField) { this.highTechField = highTechField; }
    public String getEmployees() { return employees; }
    public void setEmployees(String employees) { this.employees = employees; }
    public String getTechStaff() { return techStaff; }
    public void setTechStaff(String techStaff) { this.techStaff = techStaff; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
}
