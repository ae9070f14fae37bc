/**
 * Support: the link between a care leaver and a supporter who helps them, made only with
 * the young person's agreement; what a linked supporter sees of the young person's
 * progress; the opportunities they suggest, shown in the young person's For you; and the
 * young person's right to end the link at any time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package org.covenantconnects.adviserlink;
