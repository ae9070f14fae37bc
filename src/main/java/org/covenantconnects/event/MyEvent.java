package org.covenantconnects.event;

/** An event a person signed up for, with where they stand. */
public record MyEvent(Event event, SignUp signUp) {

}
