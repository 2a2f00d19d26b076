/**
 * Participants joining from their own devices, as the facilitator's window shows it: the dialog that opens
 * joining (network, port, anonymous participants), the console's joining row (address, code, who joined, close
 * and reopen, rename and remove), all over the app's {@link org.valuebench.app.join.RoomControl}.
 */
package org.valuebench.ui.workshop.join;
