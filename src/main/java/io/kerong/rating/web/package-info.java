/** The rating API: the what-if calculator and the rating models as JSON. */
package io.kerong.rating.web;
