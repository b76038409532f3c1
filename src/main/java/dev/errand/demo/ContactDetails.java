package dev.errand.demo;

import java.util.Objects;

/** The buyer's details from the checkout form. */
record ContactDetails(String name, String email, String phone, String postcode) {

  ContactDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(postcode, "postcode");
  }
}
