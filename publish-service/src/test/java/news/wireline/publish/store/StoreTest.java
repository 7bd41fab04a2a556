package news.wireline.publish.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A test class with a feed store database of its own, emptied before each test. */
abstract class StoreTest {

    private static StoreFixture fixture;
    StoreFixture store;

    @BeforeAll
    static void openStore() {
        fixture = StoreFixture.fresh();
    }

    @AfterAll
    static void closeStore() {
        fixture.close();
    }

    @BeforeEach
    void emptyStore() {
        store = fixture.empty();
    }
}
