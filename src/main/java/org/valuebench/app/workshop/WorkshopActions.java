package org.valuebench.app.workshop;

import org.valuebench.app.Workbench;

/**
 * The workshop use cases of the open workbench, one instance each per workbench (the voting keeps anonymous
 * ballots in memory, so a second instance would not see them); made again when another workspace is opened.
 * The facilitator's window and the participants' devices share one, so both count the same ballots. Confined to
 * the thread that owns the workbench.
 */
public final class WorkshopActions {
    private Workbench workbench;
    private WorkshopUseCases workshops;
    private WorkshopCards cards;
    private WorkshopVoting voting;
    private WorkshopAgenda agenda;

    public WorkshopActions on(Workbench current) {
        if (current != workbench) {
            workbench = current;
            workshops = new WorkshopUseCases(current);
            cards = new WorkshopCards(workshops);
            voting = new WorkshopVoting(workshops);
            agenda = new WorkshopAgenda(workshops);
        }
        return this;
    }

    public WorkshopUseCases workshops() {
        return workshops;
    }

    public WorkshopCards cards() {
        return cards;
    }

    public WorkshopVoting voting() {
        return voting;
    }

    public WorkshopAgenda agenda() {
        return agenda;
    }
}
