package org.valuebench.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valuebench.ui.board.BoardNavigator.Box;
import org.valuebench.ui.board.BoardNavigator.Direction;

class BoardNavigatorTest {
    // Two sections side by side; the left one has cards 1 2 / 3 in two rows, the right one 4 / 5.
    private final Map<Long, Box> board = Map.of(
            1L, new Box(0, 0, 100, 60),
            2L, new Box(110, 0, 210, 80),
            3L, new Box(0, 90, 100, 150),
            4L, new Box(300, 10, 400, 70),
            5L, new Box(300, 200, 400, 260));

    @Test
    void leftAndRightWalkARowAndCrossIntoTheNeighbouringSection() {
        assertThat(BoardNavigator.next(board, 1, Direction.RIGHT)).hasValue(2);
        assertThat(BoardNavigator.next(board, 2, Direction.RIGHT)).hasValue(4);
        assertThat(BoardNavigator.next(board, 4, Direction.LEFT)).hasValue(2);
        assertThat(BoardNavigator.next(board, 1, Direction.LEFT)).isEmpty();
    }

    @Test
    void upAndDownKeepToTheColumn() {
        assertThat(BoardNavigator.next(board, 1, Direction.DOWN)).hasValue(3);
        assertThat(BoardNavigator.next(board, 3, Direction.UP)).hasValue(1);
        assertThat(BoardNavigator.next(board, 4, Direction.DOWN)).hasValue(5);
        assertThat(BoardNavigator.next(board, 5, Direction.UP)).hasValue(4);
        assertThat(BoardNavigator.next(board, 3, Direction.DOWN)).hasValue(5);
        assertThat(BoardNavigator.next(board, 1, Direction.UP)).isEmpty();
    }

    @Test
    void anUnknownCardGoesNowhere() {
        assertThat(BoardNavigator.next(board, 99, Direction.DOWN)).isEmpty();
    }
}
