package org.valuebench.ui.fx;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.valuebench.ui.shell.Theme;

/**
 * A tab's view in the room the window leaves it at a given screen size: the menus, toolbar and tab header above
 * (116 px), the canvas library on the left (260 px) and the status bar below (30 px), as measured under Xvfb at
 * 1280×720 in the light theme. For the tests that check what a tab shows on a projector.
 */
public final class ProjectorFrame {
    public static final double TOP = 116;
    public static final double LEFT = 260;
    public static final double BOTTOM = 30;

    private ProjectorFrame() {
    }

    /** A scene of {@code width}×{@code height} in the light theme with {@code view} where the tab's content goes. */
    public static Scene around(Node view, double width, double height) {
        return around(view, width, height, LEFT);
    }

    /** The same with the canvas library hidden (View ▸ Canvas library, F9), as a facilitator on a projector may. */
    public static Scene withoutLibrary(Node view, double width, double height) {
        return around(view, width, height, 0);
    }

    private static Scene around(Node view, double width, double height, double left) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BorderPane root = new BorderPane(view);
        root.setTop(block(0, TOP));
        root.setLeft(block(left, 0));
        root.setBottom(block(0, BOTTOM));
        root.getStyleClass().add("valuebench");
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Theme.STYLESHEET);
        return scene;
    }

    private static Region block(double width, double height) {
        Region region = new Region();
        region.setMinSize(width, height);
        region.setPrefSize(width, height);
        region.setMaxSize(width, height);
        return region;
    }

    /** How many whole rows of the fixed cell size the table's rows area has room for. */
    public static int rowsRoomFor(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        double rows = flow.getHeight();
        // Not lookup(".scroll-bar:horizontal"): a lookup ignores the pseudo-class and finds the vertical bar.
        for (Node node : flow.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                rows -= bar.getHeight();
            }
        }
        return (int) Math.floor(rows / table.getFixedCellSize());
    }

    /** The texts under {@code parent} that show in part, with an ellipsis, in the form "full text -> shown". */
    public static List<String> cutTexts(Parent parent) {
        List<String> cut = new ArrayList<>();
        for (Node node : parent.lookupAll(".text")) {
            if (node instanceof Text text && text.isVisible() && text.getParent() instanceof Labeled labeled
                    && labeled.getText() != null && !labeled.getText().isEmpty()
                    && !text.getText().equals(labeled.getText())) {
                cut.add(labeled.getText() + " -> " + text.getText());
            }
        }
        return cut;
    }
}
