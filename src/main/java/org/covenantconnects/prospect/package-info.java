/**
 * Prospects: organisations the Covenant team would like to sign, recommended by a
 * council, an adviser or someone else. A coordinator records one with whom to contact,
 * keeps its contact log, and invites it to sign; the invitation starts its signing
 * pipeline (module {@code signatory}) with what was recorded, under the prospect's own
 * id, so its contact log carries over to the signatory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prospects")
package org.covenantconnects.prospect;
