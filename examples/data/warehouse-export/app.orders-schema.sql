CREATE TABLE `orders` (
  `id` bigint NOT NULL,
  `customer_id` bigint NOT NULL,
  `total` decimal(12,2) NOT NULL,
  PRIMARY KEY (`id`)
);
