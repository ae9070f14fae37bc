/**
 * Further education colleges and universities as partners of the Covenant: each
 * institution's kind, group, region and area, web address and email domains; its
 * partnership (memorandum of understanding, named central point of contact, the Covenant
 * coordinator assigned); its Whole Institution Approach, three pillars each with an
 * action plan, and the one rule for "embedded" ({@link InstitutionRules}); what it offers
 * care leavers, shown to the public.
 * <p>
 * Contact with each institution, awareness sessions included, is kept in the shared
 * contact log (module {@code contactlog}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Colleges and universities")
package org.covenantconnects.institution;
