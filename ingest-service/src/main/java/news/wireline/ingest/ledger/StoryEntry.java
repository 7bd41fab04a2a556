package news.wireline.ingest.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import news.wireline.events.EarlierVersion;

/**
 * What the ledger keeps of one story: the desk that owns it, its current version, the version of
 * its latest kill (0 when never killed) and a {@link Fingerprint} of every version's content with
 * the latest version that had it. Immutable: a change makes a new entry. Kept in the ledger's
 * store as {@link #toBytes}: 13 bytes and the owner's name, then 12 bytes a version.
 */
final class StoryEntry {

    private static final int FORMAT = 1;

    private final String owner;
    private final int current;
    private final int killVersion;
    private final long[] fingerprints;
    private final int[] versions;

    private StoryEntry(String owner, int current, int killVersion, long[] fingerprints, int[] versions) {
        this.owner = owner;
        this.current = current;
        this.killVersion = killVersion;
        this.fingerprints = fingerprints;
        this.versions = versions;
    }

    static StoryEntry first(String owner, int version, long fingerprint, boolean kill) {
        return new StoryEntry(owner, version, kill ? version : 0, new long[] {fingerprint}, new int[] {version});
    }

    String owner() {
        return owner;
    }

    int current() {
        return current;
    }

    int killVersion() {
        return killVersion;
    }

    /** Killed, and not brought back by a later version. */
    boolean killed() {
        return killVersion != 0 && killVersion == current;
    }

    /** The latest version whose content had this fingerprint, or 0 when none did. */
    int versionWith(long fingerprint) {
        int at = indexOf(fingerprint);
        return at < 0 ? 0 : versions[at];
    }

    /**
     * This entry with one more version taken in, in whatever order versions arrive: the current
     * version only rises, and a version seen before changes nothing.
     */
    StoryEntry with(int version, long fingerprint, boolean kill) {
        int newKill = kill ? Math.max(killVersion, version) : killVersion;
        int at = indexOf(fingerprint);
        if (at >= 0 && versions[at] >= version && newKill == killVersion && current >= version) {
            return this;
        }
        long[] moreFingerprints = fingerprints;
        int[] moreVersions = versions;
        if (at < 0) {
            moreFingerprints = Arrays.copyOf(fingerprints, fingerprints.length + 1);
            moreVersions = Arrays.copyOf(versions, versions.length + 1);
            moreFingerprints[fingerprints.length] = fingerprint;
            moreVersions[versions.length] = version;
        } else if (versions[at] < version) {
            moreVersions = versions.clone();
            moreVersions[at] = version;
        }
        return new StoryEntry(owner, Math.max(current, version), newKill, moreFingerprints, moreVersions);
    }

    /** Every version but {@code version}, the latest {@code max} of them, oldest first. */
    List<EarlierVersion> versionsOtherThan(int version, int max) {
        List<EarlierVersion> others = new ArrayList<>(versions.length);
        for (int i = 0; i < versions.length; i++) {
            if (versions[i] != version) {
                others.add(new EarlierVersion(versions[i], Fingerprint.hex(fingerprints[i])));
            }
        }
        others.sort(Comparator.comparingInt(EarlierVersion::version));
        return others.subList(Math.max(0, others.size() - max), others.size());
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + owner.length() + 12 * versions.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(owner);
            out.writeInt(current);
            out.writeInt(killVersion);
            out.writeInt(versions.length);
            for (int i = 0; i < versions.length; i++) {
                out.writeLong(fingerprints[i]);
                out.writeInt(versions[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    static StoryEntry fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalStateException("ledger entry in format " + format + "; this build reads " + FORMAT);
            }
            String owner = in.readUTF();
            int current = in.readInt();
            int killVersion = in.readInt();
            int count = in.readInt();
            long[] fingerprints = new long[count];
            int[] versions = new int[count];
            for (int i = 0; i < count; i++) {
                fingerprints[i] = in.readLong();
                versions[i] = in.readInt();
            }
            return new StoryEntry(owner, current, killVersion, fingerprints, versions);
        } catch (IOException e) {
            throw new UncheckedIOException("ledger entry is cut short", e);
        }
    }

    private int indexOf(long fingerprint) {
        for (int i = 0; i < fingerprints.length; i++) {
            if (fingerprints[i] == fingerprint) {
                return i;
            }
        }
        return -1;
    }
}
