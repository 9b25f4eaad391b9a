package io.kerong.enterprise.web;

import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.QualificationKind;

/** A new qualification, as typed. */
public class QualificationForm {

    private String kind = "";
    private String certificateNo = "";
    private String validFrom = "";
    private String validUntil = "";

    Qualification read(FormInput in) {
        return new Qualification(null, in.choice(QualificationKind.class, "kind", kind), certificateNo,
                in.date("validFrom", validFrom), in.date("validUntil", validUntil));
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCertificateNo() { return certificateNo; }
    public void setCertificateNo(String certificateNo) { this.certificateNo = certificateNo; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
}
