package org.valuebench.domain.workshop;

import java.util.List;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;

/** How a dot vote runs: on which sections, how many dots each participant has, at most one per card, anonymous. */
public record VoteSettings(List<Section> sections, int dotsPerParticipant, boolean oneDotPerCard, boolean anonymous) {
    public static final int DEFAULT_DOTS = 3;

    public VoteSettings {
        sections = Sections.checked("A vote", sections);
        if (dotsPerParticipant < 1 || dotsPerParticipant > Limits.MAX_DOTS) {
            throw new InvalidInputException("Dots per participant must be between 1 and " + Limits.MAX_DOTS
                    + ", not " + dotsPerParticipant);
        }
    }

    /** Three dots each, as many per card as one likes, named. */
    public static VoteSettings of(List<Section> sections) {
        return new VoteSettings(sections, DEFAULT_DOTS, false, false);
    }
}
