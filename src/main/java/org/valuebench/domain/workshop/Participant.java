package org.valuebench.domain.workshop;

import org.valuebench.domain.Limits;

/** Someone in the room: a name and an optional role (sales, operations, finance, partner…). */
public record Participant(long id, long workshopId, int position, String name, String role) {

    public Participant {
        name = Limits.requiredText("Participant name", name, Limits.MAX_NAME);
        role = Limits.optionalText("Role", role, Limits.MAX_NAME);
    }

    public static Participant draft(String name, String role) {
        return new Participant(0, 0, 0, name, role);
    }

    public Participant withId(long newId, long newWorkshopId, int newPosition) {
        return new Participant(newId, newWorkshopId, newPosition, name, role);
    }

    /** "Ann (sales)" or "Ann". */
    public String label() {
        return role.isEmpty() ? name : name + " (" + role + ")";
    }
}
