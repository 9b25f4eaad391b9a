package io.kerong.enterprise.web;

/** An operator's support-list decision, as typed. */
public class SupportListForm {

    private String action = "";
    private String reason = "";

    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
