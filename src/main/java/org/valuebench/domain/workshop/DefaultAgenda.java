package org.valuebench.domain.workshop;

import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.Section;

/**
 * The agenda a workshop starts from unless the canvas has a saved plan: customer first (wants, needs, fears), then
 * the offering (features, benefits, experience), then the alternatives, fit, promises and a vote. The brainstorming
 * steps are private so nobody anchors on the first card shown.
 */
public final class DefaultAgenda {
    private static final List<Section> OFFERING = List.of(Section.FEATURES, Section.BENEFITS, Section.EXPERIENCE);
    private static final List<Section> CUSTOMER = List.of(Section.WANTS, Section.NEEDS, Section.FEARS);

    private DefaultAgenda() {
    }

    public static List<AgendaStep> steps() {
        List<AgendaStep> steps = new ArrayList<>();
        brainstorm(steps, "Wants", Section.WANTS, "What does the customer want? How do they want to feel?", 10);
        brainstorm(steps, "Needs", Section.NEEDS, "What does the customer need to get the job done?", 10);
        brainstorm(steps, "Fears", Section.FEARS, "What is the customer afraid of? What could go wrong for them?", 8);
        brainstorm(steps, "Features", Section.FEATURES, "What is our offering? What does it do?", 8);
        brainstorm(steps, "Benefits", Section.BENEFITS, "What does our offering do for the customer?", 8);
        brainstorm(steps, "Experience", Section.EXPERIENCE, "How does it feel to buy, own and use our offering?", 8);
        add(steps, AgendaStep.draft("Competitors and substitutes", List.of(Section.COMPETITORS, Section.SUBSTITUTES),
                "Who else could the customer go to? What else could they do instead?", 8 * 60, StepKind.BRAINSTORM)
                .withPrivacy(true, false));
        add(steps, AgendaStep.draft("Fit", OFFERING,
                "Which of our features, benefits and experiences answers which want, need or fear?", 15 * 60,
                StepKind.FIT));
        add(steps, AgendaStep.draft("Promises", OFFERING,
                "Which of these do we promise the customer, and how well must we deliver it?", 10 * 60,
                StepKind.PROMISES));
        add(steps, AgendaStep.draft("Vote", CUSTOMER,
                "What matters most to the customer? Place your dots.", 10 * 60, StepKind.VOTE));
        return List.copyOf(steps);
    }

    private static void brainstorm(List<AgendaStep> steps, String title, Section section, String prompt, int minutes) {
        add(steps, AgendaStep.draft(title, List.of(section), prompt, minutes * 60, StepKind.BRAINSTORM)
                .withPrivacy(true, false));
    }

    private static void add(List<AgendaStep> steps, AgendaStep step) {
        steps.add(step.withPosition(steps.size()));
    }
}
