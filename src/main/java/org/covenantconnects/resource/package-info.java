/**
 * Resources for partners: the documents the Covenant gives councils, Virtual School Heads
 * and organisations (the Whole Council Approach strategy and its summary, the Social
 * Value Toolkit, the guidance for Virtual School Heads). Coordinators upload each as a
 * PDF with a title, its audiences and its date, and replace it with newer versions; the
 * public list ({@code /resources}) shows the latest version of each, served as a
 * download. The files are kept in PostgreSQL so that every instance serves the same ones.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources for partners")
package org.covenantconnects.resource;
