/**
 * Running a leadership workshop on a canvas: start from the default agenda or the canvas's saved plan, move through
 * the steps with a timer, add cards on behalf of participants (hidden until the reveal in a private step), merge
 * duplicates, dot votes and applying their result. Every facilitator action is one undoable command on the
 * workbench's history, committed when it is made.
 */
package org.valuebench.app.workshop;
