package org.quotecheck.speaker.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void shouldTakeTheLastWordsOfANameAsItsSurname() {
        assertTrue(PersonName.isSurnameOf("putin", "vladimir putin"));
        assertTrue(PersonName.isSurnameOf("thatcher", "margaret thatcher"));
        assertTrue(PersonName.isSurnameOf("von der leyen", "ursula von der leyen"));
        assertTrue(PersonName.isSurnameOf("leyen", "ursula von der leyen"));
    }

    @Test
    void shouldNotTakeAWordOfADescriptionOrTheWholeNameAsASurname() {
        assertFalse(PersonName.isSurnameOf("minister", "the prime minister"));
        assertFalse(PersonName.isSurnameOf("putin", "putin"));
        assertFalse(PersonName.isSurnameOf("tin", "vladimir putin"));
    }

    @Test
    void shouldTakeTheFirstWordOfAShortNameAsAFamilyNameWrittenFirst() {
        assertTrue(PersonName.isFamilyNameFirstOf("xi", "xi jinping"));
        assertTrue(PersonName.isFamilyNameFirstOf("kim", "kim jong un"));
        assertFalse(PersonName.isFamilyNameFirstOf("xi", "xi"));
        assertFalse(PersonName.isFamilyNameFirstOf("the", "the prime minister"));
        assertFalse(PersonName.isFamilyNameFirstOf("xi jinping", "xi jinping"));
    }
}
