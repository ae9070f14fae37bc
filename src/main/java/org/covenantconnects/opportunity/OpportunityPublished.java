package org.covenantconnects.opportunity;

/**
 * A coordinator published an opportunity: it is open to those it is for. Published again
 * when a reviewed change is published, so listeners must be idempotent.
 */
public record OpportunityPublished(OpportunityId opportunity) {

}
