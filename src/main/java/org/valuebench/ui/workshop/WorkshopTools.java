package org.valuebench.ui.workshop;

import org.valuebench.app.Workbench;
import org.valuebench.app.workshop.WorkshopAgenda;
import org.valuebench.app.workshop.WorkshopCards;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.app.workshop.WorkshopVoting;

/**
 * The workshop use cases of the open workbench, one instance each per workbench (the voting keeps anonymous
 * ballots in memory, so a second instance would not see them); made again when another workspace is opened.
 * Database thread only.
 */
final class WorkshopTools {
    private Workbench workbench;
    private WorkshopUseCases workshops;
    private WorkshopCards cards;
    private WorkshopVoting voting;
    private WorkshopAgenda agenda;

    WorkshopTools on(Workbench current) {
        if (current != workbench) {
            workbench = current;
            workshops = new WorkshopUseCases(current);
            cards = new WorkshopCards(workshops);
            voting = new WorkshopVoting(workshops);
            agenda = new WorkshopAgenda(workshops);
        }
        return this;
    }

    WorkshopUseCases workshops() {
        return workshops;
    }

    WorkshopCards cards() {
        return cards;
    }

    WorkshopVoting voting() {
        return voting;
    }

    WorkshopAgenda agenda() {
        return agenda;
    }
}
