package org.valuebench.web.join;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The participant page as a person uses it, on one device (one driver). Waits are for what a person would see. */
final class JoinPage {

    static final Duration SOON = Duration.ofSeconds(5);

    private final WebDriver driver;

    JoinPage(WebDriver driver) {
        this.driver = driver;
    }

    WebDriver driver() {
        return driver;
    }

    JoinPage open(String address) {
        driver.get(address);
        Browsers.await(driver, SOON, d -> visible("join-view") || visible("step-view") || visible("ended-view"));
        return this;
    }

    JoinPage join(String code, String name) {
        WebElement field = driver.findElement(By.id("join-code"));
        field.clear();
        field.sendKeys(code);
        driver.findElement(By.id("join-name")).sendKeys(name);
        driver.findElement(By.id("join-button")).click();
        return this;
    }

    JoinPage joined() {
        Browsers.await(driver, SOON, d -> visible("step-view") && !text("step-title").isEmpty());
        return this;
    }

    String joinError() {
        Browsers.await(driver, SOON, d -> !text("join-error").isEmpty());
        return text("join-error");
    }

    JoinPage addCard(String sectionTitle, String cardText) {
        int before = cardTexts().size();
        if (visible("card-section-field")) {
            new Select(driver.findElement(By.id("card-section"))).selectByVisibleText(sectionTitle);
        }
        WebElement text = driver.findElement(By.id("card-text"));
        text.clear();
        text.sendKeys(cardText);
        driver.findElement(By.id("card-button")).click();
        Browsers.await(driver, SOON, d -> cardTexts().size() > before && text("card-text-value").isEmpty());
        return this;
    }

    List<String> cardTexts() {
        return texts("#cards .card-text");
    }

    List<String> myCardTexts() {
        return texts("#cards .card.mine .card-text");
    }

    /** Read again when the page rebuilt the list while it was being read (a view arrived). */
    private List<String> texts(String selector) {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    JoinPage awaitCards(Duration within, Predicate<List<String>> condition) {
        Browsers.await(driver, within, d -> condition.test(cardTexts()));
        return this;
    }

    JoinPage awaitDotsLeft(Duration within, String dotsLeft) {
        Browsers.await(driver, within, d -> text("dots-left").equals(dotsLeft));
        return this;
    }

    JoinPage awaitMay(Duration within, String mayText) {
        Browsers.await(driver, within, d -> text("may-text").equals(mayText));
        return this;
    }

    JoinPage placeDot(String cardText) {
        String before = text("dots-left");
        card(cardText).findElement(By.cssSelector("[data-focus-key^='place-']")).click();
        Browsers.await(driver, SOON, d -> !text("dots-left").equals(before));
        return this;
    }

    /** The card with that text; looked for again while the page rebuilds the list (a view arrived). */
    WebElement card(String cardText) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                var found = driver.findElements(By.cssSelector("#cards .card")).stream()
                        .filter(c -> c.findElement(By.className("card-text")).getText().equals(cardText))
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // rebuilt while being read: look again
            }
            pause();
        }
        throw new AssertionError("no card " + cardText + " in " + cardTexts());
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Each result row as "rank|text|dots" the way the page writes them. */
    List<String> results() {
        return driver.findElements(By.cssSelector("#results .result")).stream()
                .map(row -> row.findElement(By.className("rank")).getText() + "|"
                        + row.findElement(By.className("card-text")).getText() + "|"
                        + row.findElement(By.cssSelector(".card-meta span")).getText())
                .toList();
    }

    boolean visible(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** The element's text as shown; "card-text-value" is the card field's current value. */
    String text(String id) {
        if (id.equals("card-text-value")) {
            return driver.findElement(By.id("card-text")).getAttribute("value");
        }
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }
}
