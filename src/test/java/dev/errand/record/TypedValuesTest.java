package dev.errand.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TypedValuesTest {

  private final TypedValues values =
      new TypedValues(
          Map.of("name", "Alex Example", "address.city", "London", "nickname", "Alex Example"),
          Map.of("shop-password", "s3cret"));

  @Test
  void aProfileValueBecomesItsVariableTheFirstKeyWinning() {
    assertEquals("${profile.name}", values.template("Alex Example"));
    assertEquals("${profile.address.city}", values.template(" London "));
  }

  @Test
  void aSecretBecomesItsVariable() {
    assertEquals("${secrets.shop-password}", values.template("s3cret"));
  }

  @Test
  void otherTextStaysAsTypedWithALiteralDollarBraceEscaped() {
    assertEquals("Paris", values.template("Paris"));
    assertEquals("$${x}", values.template("${x}"));
    assertEquals("", values.template(""));
  }
}
