package io.kerong.audit;

/** Result of re-computing the hash chain: how many entries were checked and the first one that does not fit. */
public record ChainVerification(long entriesChecked, Long firstBrokenEntryId, String problem) {

    public boolean intact() {
        return firstBrokenEntryId == null;
    }
}
