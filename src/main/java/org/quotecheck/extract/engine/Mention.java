package org.quotecheck.extract.engine;

/**
 * A reference to a possible speaker outside quotes: a name run ("Russian President Vladimir Putin"), a
 * pronoun ("she") or a description ("the Turkish leader", "a member of the group"). A description that
 * no named entity of the text fits keeps {@code entity == null}: an unnamed speaker, reported by its words.
 */
final class Mention {

    enum Kind { NAME, PRONOUN, DESCRIPTION }

    final int firstWord;
    final int lastWord; // inclusive: the name's last word, or a description's head noun
    int extent; // the last word of the whole phrase ("a member of the group": "group")
    final Kind kind;
    final String text;
    final boolean possessive;
    Entity entity;

    Mention(int firstWord, int lastWord, Kind kind, String text, boolean possessive) {
        this.firstWord = firstWord;
        this.lastWord = lastWord;
        this.kind = kind;
        this.text = text;
        this.possessive = possessive;
        this.extent = lastWord;
    }

    boolean is(Kind k) {
        return kind == k;
    }

    @Override
    public String toString() {
        return kind + ":" + text + (entity == null ? "" : "→" + entity.name());
    }
}
