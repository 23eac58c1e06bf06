/**
 * Haven's use cases as stateless EJBs: load, one domain call, store, publish. This is the one
 * place for {@code @RolesAllowed} and transaction attributes; every class denies by default.
 */
package app.haven.application;
